// Tests only: how many transactions whose query holds $marker wait for another's lock, so that a
// test can let the other go exactly when the waiting one is known to be waiting.
SHOW TRANSACTIONS YIELD currentQuery, status
WHERE status STARTS WITH 'Blocked' AND currentQuery CONTAINS $marker
RETURN count(*) AS blocked
