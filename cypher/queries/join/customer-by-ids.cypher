// Root of a joined read (see README.md): the customers with these ids (one row each, in no particular
// order), with the selected properties and nested fields ({{fields}}).
UNWIND $ids AS id
MATCH ({{node}}:Customer {id: id})
RETURN id, {{node}} { {{fields}} } AS node
