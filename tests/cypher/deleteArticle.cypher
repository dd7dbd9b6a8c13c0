MATCH (a:Article {id: $id}) DETACH DELETE a
