package partnership.generate;

import java.time.LocalDate;

/** The initial health assessment of a child who started to be looked after; completed may be null. */
record HealthAssessment(LocalDate lookedAfterStartDate, LocalDate requestedDate, LocalDate completedDate) {}
