package com.ecosystemgraph.api;

import org.springframework.test.context.TestPropertySource;

/**
 * The answers of {@link JoinedAnswersIT} with the joined reads switched off: every nested field is
 * then served by its own batched statement (the path of nested fields under objects that did not
 * come from a joined read, e.g. a referral's partner). Its own Spring context (and database).
 */
@TestPropertySource(properties = "ecosystem.api.join-nested-fields=false")
class UnjoinedAnswersIT extends JoinedAnswersIT {
}
