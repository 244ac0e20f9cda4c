package partnership.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NaturalOrderTest {

  @Test
  void ageBandsTimelinessBandsAndPeriodsSortAsAReaderExpects() {
    assertThat(sorted("16-17", "10-15", "0-4", "5-9")).containsExactly("0-4", "5-9", "10-15", "16-17");
    assertThat(sorted("61+", "11-20", "same day", "1-10", "46-50"))
        .containsExactly("1-10", "11-20", "46-50", "61+", "same day");
    assertThat(sorted("2024-25", "2023-24", "2024-25-Q3", "2022-23"))
        .containsExactly("2022-23", "2023-24", "2024-25", "2024-25-Q3");
  }

  private static List<String> sorted(String... labels) {
    List<String> list = new ArrayList<>(List.of(labels));
    list.sort(NaturalOrder.INSTANCE);
    return list;
  }
}
