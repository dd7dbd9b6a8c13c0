// Tests only: removes what relationshipKeyConstraint made.
DROP CONSTRAINT test_relationship_key IF EXISTS
