package partnership.generate;

import java.time.LocalDateTime;

/**
 * A contact at children's services' front door and the decision on it.
 *
 * @param decisionAt when the decision was made; it may fall after the extract date, when the contact is
 *     still pending
 * @param decision one of {@code referral, early_help, information_advice, no_further_action}
 */
record Contact(LocalDateTime receivedAt, String source, LocalDateTime decisionAt, String decision) {}
