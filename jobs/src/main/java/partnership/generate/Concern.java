package partnership.generate;

import java.time.LocalDate;

/**
 * Something about a child that reaches, or is meant to reach, children's services' front door.
 *
 * @param source the CIN referral-source code of whoever raised it
 * @param concern one of extracts.md's concern codes
 */
record Concern(LocalDate date, String source, String concern) {}
