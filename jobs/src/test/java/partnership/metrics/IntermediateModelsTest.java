package partnership.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which intermediate models a model reads, as found in its SQL, and that the list runs them in that order. */
class IntermediateModelsTest {

  @Test
  void aModelReadsTheModelsItNamesAndNoModelWhoseNameOnlyStartsTheSame() {
    String sql = "select * from int_cin__referrals join int_child_spine using (child_id)"
        + " join int_cin__referrals_archive using (child_id) join stg_csc__contacts using (child_id)";

    assertThat(IntermediateModels.reads(sql)).containsExactly("int_cin__referrals", "int_child_spine");
  }

  @Test
  void everyModelIsListedAfterTheModelsItReads() {
    for (int i = 0; i < IntermediateModels.MODELS.size(); i++) {
      String model = IntermediateModels.MODELS.get(i);
      assertThat(IntermediateModels.reads(SqlModels.text("intermediate/" + model)))
          .as(model)
          .allSatisfy(read -> assertThat(IntermediateModels.MODELS.indexOf(read)).isLessThanOrEqualTo(
              IntermediateModels.MODELS.indexOf(model)));
    }
    // The CIN child tables read the referrals, the partner referrals the front door (sql/intermediate).
    assertThat(IntermediateModels.reads(SqlModels.text("intermediate/int_cin__assessments")))
        .contains("int_cin__referrals");
    assertThat(IntermediateModels.reads(SqlModels.text("intermediate/int_partner_referrals")))
        .contains("int_csc_front_door");
  }
}
