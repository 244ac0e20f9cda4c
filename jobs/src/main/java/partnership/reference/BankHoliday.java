package partnership.reference;

import java.time.LocalDate;

/** One England and Wales bank holiday from {@code reference/bank-holidays.json} (statutory-facts.md §4). */
public record BankHoliday(LocalDate date, String title) {}
