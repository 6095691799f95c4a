// Root of a joined read (see README.md): the integrations with these ids (one row each, in no particular
// order), with the selected properties and nested fields ({{fields}}).
UNWIND $ids AS id
MATCH ({{node}}:Integration {id: id})
RETURN id, {{node}} { {{fields}} } AS node
