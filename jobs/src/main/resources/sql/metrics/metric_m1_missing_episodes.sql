-- M1 Police missing episodes (metrics.md): episodes with reported_at in the period, the distinct
-- children they concern, and episodes per child (two decimal places), by risk grade, by age band at
-- the report, by sex and by ethnic group (child spine). Headline: numerator episodes, denominator
-- children, value the ratio.
with reporting_period as (
    select * from period
),

children as (
    select child_id, sex, ethnicity from int_child_spine
),

episodes as (
    select
        reporting_period.period,
        missing_episodes.*,
        coalesce(children.sex, 'unknown') as sex,
        ethnic_group(children.ethnicity) as ethnic_group
    from int_police__missing_episodes as missing_episodes
    inner join reporting_period
        on missing_episodes.reported_date
            between reporting_period.period_start_date and reporting_period.period_end_date
    left join children
        on children.child_id = missing_episodes.child_id
),

headline as (
    select reporting_period.period, 'all' as breakdown, 'all' as breakdown_value, count(episodes.period) as episodes,
        count(distinct episodes.child_id) as children
    from reporting_period
    left join episodes
        on episodes.period = reporting_period.period
    group by reporting_period.period
),

by_risk_grade as (
    select period, 'risk_grade' as breakdown, risk_grade as breakdown_value, count(*) as episodes,
        count(distinct child_id) as children
    from episodes
    group by period, risk_grade
),

by_age_band as (
    select period, 'age_band' as breakdown, age_band as breakdown_value, count(*) as episodes,
        count(distinct child_id) as children
    from episodes
    group by period, age_band
),

by_sex as (
    select period, 'sex' as breakdown, sex as breakdown_value, count(*) as episodes,
        count(distinct child_id) as children
    from episodes
    group by period, sex
),

by_ethnic_group as (
    select period, 'ethnic_group' as breakdown, ethnic_group as breakdown_value, count(*) as episodes,
        count(distinct child_id) as children
    from episodes
    group by period, ethnic_group
),

counted as (
    select * from headline
    union all
    select * from by_risk_grade
    union all
    select * from by_age_band
    union all
    select * from by_sex
    union all
    select * from by_ethnic_group
),

tidy as (
    select
        'M1' as metric_id,
        counted.period,
        counted.breakdown,
        counted.breakdown_value,
        counted.episodes as numerator,
        counted.children as denominator,
        ratio_of(counted.episodes, counted.children) as value,
        'ratio' as unit
    from counted
)

select * from tidy
