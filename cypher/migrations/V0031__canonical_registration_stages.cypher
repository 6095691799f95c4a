// One spelling per value: the registration stage of partners' roles on deals (see V0028).
WITH {`after_first_meeting`: 'after_first_meeting', `before_contact`: 'before_contact', `late_stage`: 'late_stage', `none`: 'unregistered', `unregistered`: 'unregistered'} AS stages
MATCH (:Partner)-[r:SOURCED|INFLUENCED|CO_SOLD]->(:Deal)
WHERE r.registrationStage IS NOT NULL
CALL (r, stages) {
  SET r.registrationStage = coalesce(stages[replace(replace(replace(replace(toLower(trim(r.registrationStage)), ' ', '_'), '-', '_'), '/', '_'), '.', '_')], replace(replace(replace(replace(toLower(trim(r.registrationStage)), ' ', '_'), '-', '_'), '/', '_'), '.', '_'))
} IN TRANSACTIONS OF 5000 ROWS
