/**
 * The recruiting team's shortlist of prospects (shortlist.graphqls): one {@code ShortlistEntry} node per
 * prospect with the team's status and notes, shared by every recruiter and admin.
 */
package com.ecosystemgraph.shortlist;
