-- DuckDB reference versions of the intermediate models the six benchmarked metrics read (docs/data-model.md),
-- written from metrics.md and extracts.md in DuckDB's dialect, and the standard breakdowns and roundings the
-- metrics share. The Java side has already made a view per staging table (stg_*), int_child_spine over the link
-- stage's child spine, the one-row table period, and bank_holidays(holiday_date).

-- A CIN episode (child_id, referral_date) held by two census files: the later reference_date wins.
create or replace view int_cin__referrals as
select *
from stg_cin__referrals
qualify row_number() over (
    partition by child_id, referral_date order by reference_date desc, source_file, source_line) = 1;

create or replace view int_cin__assessments as
select distinct a.child_id, a.referral_date, a.assessment_start_date, a.assessment_authorised_date, a.factors,
    a.reference_date
from stg_cin__assessments a
join int_cin__referrals r using (child_id, referral_date, reference_date);

create or replace view int_cin__section47s as
select distinct s.child_id, s.referral_date, s.s47_start_date, s.icpc_target_date, s.icpc_date,
    s.is_icpc_not_required, s.reference_date
from stg_cin__section47s s
join int_cin__referrals r using (child_id, referral_date, reference_date);

create or replace view int_cin__child_protection_plans as
select distinct p.child_id, p.referral_date, p.plan_start_date, p.plan_end_date, p.initial_category,
    p.latest_category, p.previous_plan_count, p.reference_date
from stg_cin__child_protection_plans p
join int_cin__referrals r using (child_id, referral_date, reference_date);

-- Working days: Monday to Friday less bank holidays; wd(a, b) = number(b) - number(a).
create or replace table int_calendar as
with days as (
    select cast(d as date) as date
    from range(
        (select make_date(min(year(holiday_date)), 1, 1) from bank_holidays),
        (select make_date(max(year(holiday_date)), 12, 31) + 1 from bank_holidays),
        interval 1 day) t(d)
)
select date,
    sum(case when isodow(date) <= 5 and date not in (select holiday_date from bank_holidays) then 1 else 0 end)
        over (order by date) as working_day_number
from days;

-- A police missing episode's report date in the session's zone (Europe/London); no risk grade is 'unknown'.
create or replace view missing_episodes_dated as
select occurrence_id, child_id, cast(reported_at as date) as reported_date,
    coalesce(risk_grade, 'unknown') as risk_grade
from stg_police__missing_episodes;

-- A percentage to one decimal place, half up (metrics.md "Conventions"); null when the denominator is 0. Counted
-- in whole tenths of a percent so that no binary fraction decides a tie: 100 * 23 / 2000 = 1.15 gives 1.2.
create or replace macro percent_of(numerator, denominator) as
    case when denominator <> 0 then (2000 * numerator + denominator) // (2 * denominator) / 10 end;

-- A ratio to two decimal places, half up, the same way (M1 episodes per child); null when the denominator is 0.
create or replace macro ratio_of(numerator, denominator) as
    case when denominator <> 0 then (200 * numerator + denominator) // (2 * denominator) / 100 end;

-- Age in whole years at an event: partners send a birth month, so a child turns a year older on the first of it,
-- and the age is the whole months between the two over 12, rounded down.
create or replace macro age_in_years(birth_month, event_date) as
    floor(date_diff('month', birth_month, event_date) / 12);

-- Age band at an event (metrics.md "Standard breakdowns"); no birth month, or an age outside 0-17, is 'unknown'.
create or replace macro age_band(birth_month, event_date) as
    case
        when age_in_years(birth_month, event_date) between 0 and 4 then '0-4'
        when age_in_years(birth_month, event_date) between 5 and 9 then '5-9'
        when age_in_years(birth_month, event_date) between 10 and 15 then '10-15'
        when age_in_years(birth_month, event_date) between 16 and 17 then '16-17'
        else 'unknown'
    end;

-- The DfE's major ethnic group of a CIN census / SSDA903 ethnicity code; refused, not obtained, blank or any
-- other code is 'unknown'.
create or replace macro ethnic_group(ethnicity) as
    case
        when ethnicity in ('WBRI', 'WIRI', 'WIRT', 'WOTH', 'WROM') then 'white'
        when ethnicity in ('MWBC', 'MWBA', 'MWAS', 'MOTH') then 'mixed'
        when ethnicity in ('AIND', 'APKN', 'ABAN', 'AOTH', 'CHNE') then 'asian'
        when ethnicity in ('BCRB', 'BAFR', 'BOTH') then 'black'
        when ethnicity = 'OOTH' then 'other'
        else 'unknown'
    end;

-- The partner a CIN ReferralSource code stands for (metrics.md T2, statutory-facts.md section 1).
create or replace macro source_partner(referral_source) as
    case
        when referral_source = '6' then 'police'
        when referral_source in ('3A', '3B', '3C', '3D', '3E', '3F') then 'health'
        when referral_source in ('2A', '2B') then 'education'
        when referral_source in ('5A', '5B', '5C', '5D') then 'local_authority'
        when referral_source in ('1A', '1B', '1C', '1D') then 'individuals'
        when referral_source in ('4', '7', '8', '9', '10') then 'other'
        else 'unknown'
    end;
