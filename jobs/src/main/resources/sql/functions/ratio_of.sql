-- A ratio to two decimal places (metrics.md "Conventions", e.g. M1 episodes per child); null when the
-- denominator is 0.
create or replace temporary function ratio_of(numerator bigint, denominator bigint)
returns double
return cast(round(1.0 * numerator / nullif(denominator, 0), 2) as double)
