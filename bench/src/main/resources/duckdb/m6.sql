-- M6 children missing in the period and unknown to children's services (metrics.md): a child counts when an
-- episode reported in the period finds, on its report date, no open CIN episode, plan or care episode and no contact
-- or referral within 30 days either side of it. % of the children with an episode, overall and by risk grade
-- (children with an episode of that grade, counted when one of those episodes is unknown; high is the high-risk
-- subset). A risk grade appears only when an episode has it.
with episodes as (
    select m.* from missing_episodes_dated m, period p
    where m.reported_date between p.period_start_date and p.period_end_date
),

spans as (
    select child_id, referral_date as span_start, closure_date as span_end from int_cin__referrals
    union all select child_id, plan_start_date, plan_end_date from int_cin__child_protection_plans
    union all select child_id, episode_start_date, episode_end_date from stg_903__episodes
),

front_door as (
    select child_id, cast(received_at as date) as front_door_date from stg_csc__contacts
    union all select child_id, referral_date from int_cin__referrals
),

flagged as (
    select e.child_id, e.risk_grade,
        not exists (select 1 from spans s where s.child_id = e.child_id and e.reported_date >= s.span_start
                and (s.span_end is null or e.reported_date <= s.span_end))
        and not exists (select 1 from front_door f where f.child_id = e.child_id
                and f.front_door_date between e.reported_date - 30 and e.reported_date + 30) as is_unknown
    from episodes e
),

headline as (
    select 'all' as breakdown, 'all' as breakdown_value,
        count(distinct child_id) filter (where is_unknown) as numerator, count(distinct child_id) as denominator
    from flagged
),

by_risk_grade as (
    select 'risk_grade' as breakdown, risk_grade as breakdown_value,
        count(distinct child_id) filter (where is_unknown) as numerator, count(distinct child_id) as denominator
    from flagged
    group by risk_grade
),

counted as (
    select * from headline
    union all
    select * from by_risk_grade
)

select 'M6' as metric_id, breakdown, breakdown_value, numerator, denominator,
    percent_of(numerator, denominator) as value
from counted
