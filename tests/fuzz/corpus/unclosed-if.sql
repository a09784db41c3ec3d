\if 1
\if 2
SELECT 1;
\endif
