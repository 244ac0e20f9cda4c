-- M1 police missing episodes reported in the period (metrics.md): episodes (numerator), the distinct children they
-- concern (denominator) and episodes per child, overall and by risk grade, age band at the report, sex and ethnic
-- group.
with episodes as (
    select
        m.child_id,
        m.risk_grade,
        age_band(c.birth_month, m.reported_date) as age_band,
        coalesce(c.sex, 'unknown') as sex,
        ethnic_group(c.ethnicity) as ethnic_group
    from missing_episodes_dated m
    join period p on m.reported_date between p.period_start_date and p.period_end_date
    left join int_child_spine c on c.child_id = m.child_id
),

headline as (
    select 'all' as breakdown, 'all' as breakdown_value,
        count(*) as numerator, count(distinct child_id) as denominator
    from episodes
),

breakdowns as (
    select breakdown, breakdown_value, count(*) as numerator, count(distinct child_id) as denominator
    from (unpivot episodes on risk_grade, age_band, sex, ethnic_group into name breakdown value breakdown_value)
    group by breakdown, breakdown_value
),

counted as (
    select * from headline
    union all
    select * from breakdowns
)

select 'M1' as metric_id, breakdown, breakdown_value, numerator, denominator,
    ratio_of(numerator, denominator) as value
from counted
