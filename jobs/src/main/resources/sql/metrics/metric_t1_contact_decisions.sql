-- T1 Contacts received in the period with a decision by the period end: % decided within 1 working day,
-- wd(received_at date, decision_at date) <= 1 (statutory-facts.md §3). A decision dated before its receipt
-- is a data-quality finding, left out of the rate. Contacts received in the period still awaiting a decision
-- at the period end (no decision_at, or one after the period end) are counted separately, as a volume.
-- Breakdowns of the rate: source partner (sql/functions/source_partner.sql), decision, age band, sex,
-- ethnic group.

with period as (
    select * from period
),

contacts as (
    select * from stg_csc__contacts
),

calendar as (
    select * from int_calendar
),

children as (
    select child_id, birth_month, sex, ethnicity from int_child_spine
),

received_in_period as (
    select
        period.period,
        contacts.*,
        contacts.decision_at is not null
            and to_date(contacts.decision_at) <= period.period_end_date as is_decided
    from contacts
    inner join period
        on to_date(contacts.received_at) between period.period_start_date and period.period_end_date
),

decided as (
    select
        received_in_period.period,
        received_in_period.contact_id,
        decided_day.working_day_number - received_day.working_day_number as working_days,
        source_partner(received_in_period.source) as source_partner,
        coalesce(received_in_period.decision, 'unknown') as decision,
        age_band(children.birth_month, to_date(received_in_period.received_at)) as age_band,
        coalesce(children.sex, 'unknown') as sex,
        ethnic_group(children.ethnicity) as ethnic_group
    from received_in_period
    left join calendar as received_day
        on to_date(received_in_period.received_at) = received_day.date
    left join calendar as decided_day
        on to_date(received_in_period.decision_at) = decided_day.date
    left join children
        on received_in_period.child_id = children.child_id
    where received_in_period.is_decided
),

timed as (
    select * from decided where working_days >= 0
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

by_contact as (
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
        named_struct('breakdown', 'source_partner', 'breakdown_value', timed.source_partner),
        named_struct('breakdown', 'decision', 'breakdown_value', timed.decision),
        named_struct('breakdown', 'age_band', 'breakdown_value', timed.age_band),
        named_struct('breakdown', 'sex', 'breakdown_value', timed.sex),
        named_struct('breakdown', 'ethnic_group', 'breakdown_value', timed.ethnic_group)
    )) dimensions
    group by timed.period, dimensions.breakdown, dimensions.breakdown_value
),

volumes as (
    select
        period.period,
        'volume' as breakdown,
        'received' as breakdown_value,
        count(received_in_period.period) as numerator,
        cast(null as bigint) as denominator,
        cast(count(received_in_period.period) as double) as value,
        'count' as unit
    from period
    left join received_in_period
        on received_in_period.period = period.period
    group by period.period
    union all
    select period.period, 'volume', 'awaiting_decision_at_period_end', count_if(not received_in_period.is_decided),
        null, cast(count_if(not received_in_period.is_decided) as double), 'count'
    from period
    left join received_in_period
        on received_in_period.period = period.period
    group by period.period
    union all
    select period.period, 'data_quality', 'decided_before_received', count_if(decided.working_days < 0), null,
        cast(count_if(decided.working_days < 0) as double), 'count'
    from period
    left join decided
        on decided.period = period.period
    group by period.period
),

unioned as (
    select * from headline
    union all select * from by_contact
    union all select * from volumes
),

final as (
    select 'T1' as metric_id, unioned.*
    from unioned
)

select * from final
