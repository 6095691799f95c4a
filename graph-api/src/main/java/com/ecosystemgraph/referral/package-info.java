/** Referrals between partners, prospects and customers, navigable from both ends. */
package com.ecosystemgraph.referral;
