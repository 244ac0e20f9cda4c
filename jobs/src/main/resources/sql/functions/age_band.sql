-- The age band at an event (metrics.md "Standard breakdowns"): 0-4, 5-9, 10-15, 16-17, else unknown.
create or replace temporary function age_band(birth_month date, event_date date)
returns string
return
    case
        when age_in_years(birth_month, event_date) between 0 and 4 then '0-4'
        when age_in_years(birth_month, event_date) between 5 and 9 then '5-9'
        when age_in_years(birth_month, event_date) between 10 and 15 then '10-15'
        when age_in_years(birth_month, event_date) between 16 and 17 then '16-17'
        else 'unknown'
    end
