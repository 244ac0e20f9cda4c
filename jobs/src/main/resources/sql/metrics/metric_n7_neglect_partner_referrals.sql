-- N7 Police and health referrals created in the period with concern neglect (metrics.md): count by
-- partner, and % that landed as T7 defines it (int_partner_referrals). Headline: neglect referrals that
-- landed over neglect referrals, both partners together; one row per partner.
with reporting_period as (
    select * from period
),

neglect_referrals as (
    select reporting_period.period, referrals.*
    from int_partner_referrals as referrals
    inner join reporting_period
        on referrals.created_date between reporting_period.period_start_date and reporting_period.period_end_date
    where referrals.concern = 'neglect'
),

-- Every count the headline and the partners need, in one pass over the referrals, counted before the
-- join that gives a period without neglect referrals its rows of zeros.
referral_counts as (
    select
        period,
        count(*) as referrals,
        count_if(is_landed) as landed,
        count_if(partner = 'police') as police_referrals,
        count_if(partner = 'police' and is_landed) as police_landed,
        count_if(partner = 'health') as health_referrals,
        count_if(partner = 'health' and is_landed) as health_landed
    from neglect_referrals
    group by period
),

-- broadcast: the counts are a row per period; without the hint Spark shuffles period for a sort-merge join.
totals as (
    select /*+ broadcast(referral_counts) */
        reporting_period.period,
        coalesce(referral_counts.referrals, 0) as referrals,
        coalesce(referral_counts.landed, 0) as landed,
        coalesce(referral_counts.police_referrals, 0) as police_referrals,
        coalesce(referral_counts.police_landed, 0) as police_landed,
        coalesce(referral_counts.health_referrals, 0) as health_referrals,
        coalesce(referral_counts.health_landed, 0) as health_landed
    from reporting_period
    left join referral_counts
        on referral_counts.period = reporting_period.period
),

-- The headline and both partners in every period, from the one row of totals per period (one select, so
-- the referrals are counted once).
counted as (
    select totals.period, partner_rows.*
    from totals
    lateral view inline(array(
        named_struct('breakdown', 'all', 'breakdown_value', 'all', 'numerator', landed, 'denominator', referrals),
        named_struct('breakdown', 'partner', 'breakdown_value', 'police', 'numerator', police_landed,
            'denominator', police_referrals),
        named_struct('breakdown', 'partner', 'breakdown_value', 'health', 'numerator', health_landed,
            'denominator', health_referrals)
    )) partner_rows
),

tidy as (
    select
        'N7' as metric_id,
        counted.period,
        counted.breakdown,
        counted.breakdown_value,
        counted.numerator,
        counted.denominator,
        percent_of(counted.numerator, counted.denominator) as value,
        'percent' as unit
    from counted
)

select * from tidy
