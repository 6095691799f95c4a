// The service's own Bolt user, with a password made anew at every start (run on the system database).
CREATE OR REPLACE USER $user SET PASSWORD $password CHANGE NOT REQUIRED
