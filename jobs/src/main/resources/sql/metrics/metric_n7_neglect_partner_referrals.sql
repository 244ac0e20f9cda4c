-- N7 Police and health referrals created in the period with concern neglect (metrics.md): count by
-- partner, and % that landed as T7 defines it (int_partner_referrals). Headline: neglect referrals that
-- landed over neglect referrals, both partners together; one row per partner.
with reporting_period as (
    select * from period
),

partners as (
    select * from values ('police'), ('health') as partners (partner)
),

neglect_referrals as (
    select reporting_period.period, referrals.*
    from int_partner_referrals as referrals
    inner join reporting_period
        on referrals.created_date between reporting_period.period_start_date and reporting_period.period_end_date
    where referrals.concern = 'neglect'
),

headline as (
    select reporting_period.period, 'all' as breakdown, 'all' as breakdown_value,
        count_if(neglect_referrals.is_landed) as numerator, count(neglect_referrals.period) as denominator
    from reporting_period
    left join neglect_referrals
        on neglect_referrals.period = reporting_period.period
    group by reporting_period.period
),

by_partner as (
    select reporting_period.period, 'partner' as breakdown, partners.partner as breakdown_value,
        count_if(neglect_referrals.is_landed) as numerator,
        count(neglect_referrals.referral_id) as denominator
    from partners
    cross join reporting_period
    left join neglect_referrals
        on neglect_referrals.period = reporting_period.period
        and neglect_referrals.partner = partners.partner
    group by reporting_period.period, partners.partner
),

counted as (
    select * from headline
    union all
    select * from by_partner
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
