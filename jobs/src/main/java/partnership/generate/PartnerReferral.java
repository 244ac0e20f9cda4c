package partnership.generate;

import java.time.LocalDateTime;

/**
 * A police or health safeguarding referral to children's services.
 *
 * @param sharedAt when children's services received it; null when it was never sent
 * @param setting the health setting it came from; null for police referrals
 */
record PartnerReferral(LocalDateTime createdAt, LocalDateTime sharedAt, String setting, String concern) {}
