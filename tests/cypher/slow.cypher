// A read that takes seconds, for the timeout test.
UNWIND range(1, 50000000) AS x
WITH x WHERE x % 7919 = 0
RETURN count(x) AS n
