-- DuckDB reference versions of the intermediate models the six benchmarked metrics read (docs/data-model.md),
-- written from metrics.md and extracts.md in DuckDB's dialect. The Java side has already made a view per
-- staging table (stg_*), the one-row table period, and bank_holidays(holiday_date).

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

create or replace view missing_episodes_dated as
select occurrence_id, child_id, cast(reported_at as date) as reported_date, risk_grade
from stg_police__missing_episodes;
