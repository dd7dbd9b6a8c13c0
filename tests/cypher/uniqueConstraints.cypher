// Tests only: every uniqueness constraint on nodes, as label and property.
SHOW CONSTRAINTS YIELD type, entityType, labelsOrTypes, properties
WHERE type = 'UNIQUENESS' AND entityType = 'NODE' AND size(labelsOrTypes) = 1 AND size(properties) = 1
RETURN labelsOrTypes[0] AS label, properties[0] AS property
