CALL dbms.components() YIELD versions, edition
RETURN versions[0] AS version, edition
LIMIT 1
