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

-- Each file's dates and the months it has records in, in one aggregate over its records: every later step
-- reads these few rows only, so the files are read once.
files as (
    select
        file,
        min(event_date) as earliest_date,
        max(event_date) as latest_date,
        count(event_date) as records,
        collect_set(trunc(event_date, 'month')) as record_months
    from events
    group by file
),

-- Every period with each file, or alone when no file has records (its headline is then 0 of 0): the
-- period's months the file has no records in, those it has, and all of them (none without a file).
file_months as (
    select
        period.period,
        files.file,
        files.earliest_date,
        files.latest_date,
        files.records,
        filter(sequence(period.period_start_date, period.period_end_date, interval 1 month),
            month_start -> not array_contains(files.record_months, month_start)) as empty_months,
        size(filter(sequence(period.period_start_date, period.period_end_date, interval 1 month),
            month_start -> array_contains(files.record_months, month_start))) as months_with_records,
        if(files.file is null, 0,
            size(sequence(period.period_start_date, period.period_end_date, interval 1 month))) as months
    from period
    left join files
        on true
),

-- The headline's file-months of each period, beside each of its files; the period's first row carries it.
coverage as (
    select
        file_months.*,
        sum(file_months.months_with_records) over (partition by file_months.period) as period_months_with_records,
        sum(file_months.months) over (partition by file_months.period) as period_months,
        row_number() over (partition by file_months.period order by file_months.file) = 1 as carries_headline
    from file_months
),

-- SQL functions such as percent_of cannot be called inside inline(), so the percentages are computed here.
coverage_percent as (
    select
        coverage.*,
        percent_of(coverage.period_months_with_records, coverage.period_months) as period_percent,
        percent_of(coverage.months_with_records, coverage.months) as file_percent
    from coverage
),

-- Every row from one select over the files' one aggregate (Spark would read the files again for each select
-- that read it): the headline once a period, and a file's rows only when there is a file.
coverage_rows as (
    select counted.metric_id, coverage_percent.period, counted.breakdown, counted.breakdown_value,
        counted.numerator, counted.denominator, counted.value, counted.unit
    from coverage_percent
    lateral view inline(concat(
        array(
            named_struct('metric_id', 'Q3', 'breakdown', 'all', 'breakdown_value', 'all',
                'numerator', period_months_with_records, 'denominator', period_months, 'value', period_percent,
                'unit', 'percent'),
            named_struct('metric_id', 'Q3', 'breakdown', 'file', 'breakdown_value', file,
                'numerator', cast(months_with_records as bigint), 'denominator', cast(months as bigint),
                'value', file_percent, 'unit', 'percent'),
            named_struct('metric_id', 'Q3_earliest', 'breakdown', file,
                'breakdown_value', cast(earliest_date as string), 'numerator', records,
                'denominator', cast(null as bigint), 'value', cast(records as double), 'unit', 'count'),
            named_struct('metric_id', 'Q3_latest', 'breakdown', file,
                'breakdown_value', cast(latest_date as string), 'numerator', records,
                'denominator', cast(null as bigint), 'value', cast(records as double), 'unit', 'count')),
        transform(empty_months, month_start -> named_struct('metric_id', 'Q3_empty_month', 'breakdown', file,
            'breakdown_value', date_format(month_start, 'yyyy-MM'), 'numerator', cast(0 as bigint),
            'denominator', cast(null as bigint), 'value', cast(0 as double), 'unit', 'count'))
    )) counted
    where if(counted.metric_id = 'Q3' and counted.breakdown = 'all', coverage_percent.carries_headline,
        coverage_percent.file is not null)
)

select * from coverage_rows
