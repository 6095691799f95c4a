package com.ecosystemgraph.shortlist;

/** Where the team stands with a shortlisted prospect (GraphQL {@code ShortlistStatus}); stored in lower case. */
public enum ShortlistStatus {
    TO_CONTACT, CONTACTED, IN_TALKS, SIGNED, DECLINED
}
