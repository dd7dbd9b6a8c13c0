// Takes the write lock of each article (creating the node when new) and returns its stored hash,
// so that concurrent ingests of one article queue here and each sees what the one before wrote.
UNWIND $ids AS id
MERGE (a:Article {id: id})
RETURN a.id AS id, a.contentHash AS contentHash
