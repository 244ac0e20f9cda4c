package partnership.generate;

import java.util.List;

/** A household of siblings, generated together so that they share needs and temporary accommodation. */
record Family(String householdId, List<ChildHistory> children) {}
