// The database's clock: a rescoring notes it before it reads the graph (changes after it are not in its scores).
RETURN datetime.realtime() AS now
