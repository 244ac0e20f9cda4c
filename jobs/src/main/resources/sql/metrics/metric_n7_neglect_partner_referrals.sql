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
    select referrals.*
    from int_partner_referrals as referrals
    cross join reporting_period
    where referrals.concern = 'neglect'
        and referrals.created_date between reporting_period.period_start_date and reporting_period.period_end_date
),

headline as (
    select 'all' as breakdown, 'all' as breakdown_value, count_if(is_landed) as numerator,
        count(*) as denominator
    from neglect_referrals
),

by_partner as (
    select 'partner' as breakdown, partners.partner as breakdown_value,
        count_if(neglect_referrals.is_landed) as numerator,
        count(neglect_referrals.referral_id) as denominator
    from partners
    left join neglect_referrals
        on neglect_referrals.partner = partners.partner
    group by partners.partner
),

counted as (
    select * from headline
    union all
    select * from by_partner
),

tidy as (
    select
        'N7' as metric_id,
        reporting_period.period,
        counted.breakdown,
        counted.breakdown_value,
        counted.numerator,
        counted.denominator,
        percent_of(counted.numerator, counted.denominator) as value,
        'percent' as unit
    from counted
    cross join reporting_period
)

select * from tidy
