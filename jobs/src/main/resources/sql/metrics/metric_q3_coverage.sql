-- Q3 Coverage: for each delivered file with event dates, its earliest and latest event date (all records,
-- any year) and the months of the period with no records at all. Headline: file-months of the period with
-- at least one record, of (files x months). Q3_earliest and Q3_latest carry the date as breakdown_value and
-- the file's records as numerator; Q3_empty_month one row per file and month without records.

with period as (
    select * from period
),

events as (
    select 'csc/contacts.csv' as file, to_date(received_at) as event_date from stg_csc__contacts
    union all select 'csc/return_interviews.csv', to_date(returned_at) from stg_csc__return_interviews
    union all select 'csc/cin_census*.xml', referral_date from stg_cin__referrals
    union all select 'csc/ssda903_episodes.csv', episode_start_date from stg_903__episodes
    union all select 'csc/ssda903_missing.csv', missing_start_date from stg_903__missing
    union all select 'police/missing_episodes.csv', to_date(reported_at) from stg_police__missing_episodes
    union all select 'police/referrals.csv', to_date(created_at) from stg_police__referrals
    union all select 'health/referrals.csv', to_date(created_at) from stg_health__referrals
    union all select 'health/initial_health_assessments.csv', looked_after_start_date
        from stg_health__initial_health_assessments
    union all select 'education/children_missing_education.csv', cme_start_date
        from stg_education__children_missing_education
    union all select 'housing/temporary_accommodation.csv', placed_date from stg_housing__temporary_accommodation
),

files as (
    select
        file,
        min(event_date) as earliest_date,
        max(event_date) as latest_date,
        count(event_date) as records
    from events
    group by file
),

months as (
    select period, explode(sequence(period_start_date, period_end_date, interval 1 month)) as month_start
    from period
),

months_with_records as (
    select distinct
        file,
        trunc(event_date, 'month') as month_start
    from events
),

file_months as (
    select
        months.period,
        files.file,
        months.month_start,
        months_with_records.file is not null as has_records
    from files
    cross join months
    left join months_with_records
        on files.file = months_with_records.file
        and months.month_start = months_with_records.month_start
),

headline as (
    select
        'Q3' as metric_id,
        period.period,
        'all' as breakdown,
        'all' as breakdown_value,
        count_if(file_months.has_records) as numerator,
        count(file_months.period) as denominator,
        percent_of(count_if(file_months.has_records), count(file_months.period)) as value,
        'percent' as unit
    from period
    left join file_months
        on file_months.period = period.period
    group by period.period
),

by_file as (
    select
        'Q3' as metric_id,
        period,
        'file' as breakdown,
        file as breakdown_value,
        count_if(has_records) as numerator,
        count(*) as denominator,
        percent_of(count_if(has_records), count(*)) as value,
        'percent' as unit
    from file_months
    group by period, file
),

event_dates as (
    select 'Q3_earliest' as metric_id, period.period, files.file as breakdown,
        cast(files.earliest_date as string) as breakdown_value, files.records as numerator,
        cast(null as bigint) as denominator, cast(files.records as double) as value, 'count' as unit
    from files
    cross join period
    union all
    select 'Q3_latest', period.period, files.file, cast(files.latest_date as string), files.records, null,
        cast(files.records as double), 'count'
    from files
    cross join period
),

empty_months as (
    select
        'Q3_empty_month' as metric_id,
        period,
        file as breakdown,
        date_format(month_start, 'yyyy-MM') as breakdown_value,
        cast(0 as bigint) as numerator,
        cast(null as bigint) as denominator,
        cast(0 as double) as value,
        'count' as unit
    from file_months
    where not has_records
),

unioned as (
    select * from headline
    union all select * from by_file
    union all select * from event_dates
    union all select * from empty_months
)

select * from unioned
