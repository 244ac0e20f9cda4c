-- T6 Police and health referrals created in the period with a shared time: % shared with children's
-- services within 1 working day, wd(created_at date, shared_at date) <= 1. A referral shared before it was
-- created is a data-quality finding, left out of the rate. Referrals not (yet) shared are counted as a volume.
-- Breakdowns of the rate: partner, concern, age band at creation.

with period as (
    select * from period
),

partner_referrals as (
    select * from int_partner_referrals
),

calendar as (
    select * from int_calendar
),

children as (
    select child_id, birth_month from int_child_spine
),

created_in_period as (
    select period.period, partner_referrals.*
    from partner_referrals
    inner join period
        on to_date(partner_referrals.created_at) between period.period_start_date and period.period_end_date
),

shared as (
    select
        created_in_period.period,
        created_in_period.partner,
        coalesce(created_in_period.concern, 'unknown') as concern,
        age_band(children.birth_month, created_in_period.created_date) as age_band,
        shared_day.working_day_number - created_day.working_day_number as working_days
    from created_in_period
    left join calendar as created_day
        on created_in_period.created_date = created_day.date
    left join calendar as shared_day
        on to_date(created_in_period.shared_at) = shared_day.date
    left join children
        on created_in_period.child_id = children.child_id
    where created_in_period.shared_at is not null
),

timed as (
    select * from shared where working_days >= 0
),

headline as (
    select
        period.period,
        'all' as breakdown,
        'all' as breakdown_value,
        count_if(timed.working_days <= 1) as numerator,
        count(timed.period) as denominator,
        percent_of(count_if(timed.working_days <= 1), count(timed.period)) as value,
        'percent' as unit
    from period
    left join timed
        on timed.period = period.period
    group by period.period
),

by_referral as (
    select
        timed.period,
        dimensions.breakdown,
        dimensions.breakdown_value,
        count_if(timed.working_days <= 1) as numerator,
        count(*) as denominator,
        percent_of(count_if(timed.working_days <= 1), count(*)) as value,
        'percent' as unit
    from timed
    lateral view inline(array(
        named_struct('breakdown', 'partner', 'breakdown_value', timed.partner),
        named_struct('breakdown', 'concern', 'breakdown_value', timed.concern),
        named_struct('breakdown', 'age_band', 'breakdown_value', timed.age_band)
    )) dimensions
    group by timed.period, dimensions.breakdown, dimensions.breakdown_value
),

volumes as (
    select
        period.period,
        'volume' as breakdown,
        'created' as breakdown_value,
        count(created_in_period.period) as numerator,
        cast(null as bigint) as denominator,
        cast(count(created_in_period.period) as double) as value,
        'count' as unit
    from period
    left join created_in_period
        on created_in_period.period = period.period
    group by period.period
    union all
    select period.period, 'volume', 'not_shared',
        count_if(created_in_period.period is not null and created_in_period.shared_at is null), null,
        cast(count_if(created_in_period.period is not null and created_in_period.shared_at is null) as double),
        'count'
    from period
    left join created_in_period
        on created_in_period.period = period.period
    group by period.period
    union all
    select period.period, 'data_quality', 'shared_before_created', count_if(shared.working_days < 0), null,
        cast(count_if(shared.working_days < 0) as double), 'count'
    from period
    left join shared
        on shared.period = period.period
    group by period.period
),

unioned as (
    select * from headline
    union all select * from by_referral
    union all select * from volumes
),

final as (
    select 'T6' as metric_id, unioned.*
    from unioned
)

select * from final
