package partnership.generate;

import java.time.LocalDate;

/** One placement of a household in temporary accommodation; the left date may fall after the extract. */
record TemporaryStay(LocalDate placedDate, LocalDate leftDate, String accommodationType, boolean outOfArea) {}
