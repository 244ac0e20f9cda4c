-- A rate per 10,000 children to one decimal place (metrics.md "Conventions"); null when the population is 0.
create or replace temporary function rate_per_10000(numerator bigint, population bigint)
returns double
return cast(round(10000.0 * numerator / nullif(population, 0), 1) as double)
