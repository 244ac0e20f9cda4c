-- A percentage to one decimal place (metrics.md "Conventions"); null when the denominator is 0.
create or replace temporary function percent_of(numerator bigint, denominator bigint)
returns double
return cast(round(100.0 * numerator / nullif(denominator, 0), 1) as double)
