package partnership.generate;

import java.time.LocalDate;

/** A spell of a child missing education; the end may fall after the extract date. */
record MissingEducation(LocalDate startDate, LocalDate endDate, String reason) {}
