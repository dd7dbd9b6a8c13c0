// Tests only: a bare node with one label and an id (no :Fact or :Actor label), which a later
// MERGE on that id cannot match but whose uniqueness constraint it then runs into.
CREATE (n:$($label) {id: $id})
