// A bare CREATE, so that the uniqueness constraint is what stops a twin.
CREATE (:Article {id: $id})
