// Every GraphQL document of the client. Codegen checks them against graph-api's schema files and
// types them (src/gql), so a schema change that breaks the client breaks the build.
import { graphql } from '../gql';

export const SearchQuery = graphql(`
  query Search($text: String!, $first: Int) {
    search(text: $text, first: $first) { kind id name description score }
  }
`);

export const NeighbourhoodQuery = graphql(`
  query Neighbourhood(
    $ids: [ID!]!
    $depth: Int
    $kinds: [NodeKind!]
    $limit: Int
    $perNodeLimit: Int
    $types: [RelationshipType!]
    $direction: ExpandDirection
  ) {
    neighbourhood(ids: $ids, depth: $depth, kinds: $kinds, limit: $limit, perNodeLimit: $perNodeLimit, types: $types, direction: $direction) {
      truncated
      nodes { id kind entityId label degree hiddenNeighbours properties { key value } }
      edges { id source target type properties { key value } }
    }
  }
`);

export const PartnerDetailsQuery = graphql(`
  query PartnerDetails($id: ID!) {
    partner(id: $id) {
      id name type status tier region industries employees certifiedStaff signedOn
      portalLogins90d trainingsCompleted contentDownloads90d hourlyRate
      deals(first: 1) { totalCount }
      won: deals(outcomes: [WON], first: 1) { totalCount }
      customers(first: 1) { totalCount }
      integrations { id name depth }
      investments { amount }
    }
  }
`);

export const PartnerPotentialQuery = graphql(`
  query PartnerPotential($id: ID!) {
    partner(id: $id) {
      id
      potential {
        score probability percentile modelVersion scoredBy confidence confidenceNote explanationMethod graphReasons
        factors { feature value contribution description }
      }
    }
  }
`);

export const DealStatsQuery = graphql(`
  query DealStatsBySource {
    direct: dealStats(filter: { sources: [DIRECT] }) { ...Stats }
    sourced: dealStats(filter: { sources: [PARTNER_SOURCED] }) { ...Stats }
    influenced: dealStats(filter: { sources: [PARTNER_INFLUENCED] }) { ...Stats }
    coSold: dealStats(filter: { sources: [CO_SOLD] }) { ...Stats }
  }
  fragment Stats on DealStats { count won lost open totalAmount wonAmount averageAmount winRate }
`);

export const KpisQuery = graphql(`
  query Kpis($filter: AnalyticsFilter) {
    ecosystemKpis(filter: $filter) {
      asOf from totalWonAmount partnerSourcedShare partnerDrivenShare activePartners revenuePerActivePartner registrationRate
      timeToFirstDeal { partners partnersWithoutDeal medianDays shareWithin90Days }
      bySource {
        source pipelineDeals pipelineAmount openDeals won lost wonAmount winRate
        winRateInterval { lower upper } averageWonAmount medianDaysToClose shareOfWonAmount
      }
      partnerVsDirect { source winRateRatio dealSizeRatio speedRatio }
      notes
    }
  }
`);

export const ReturnsQuery = graphql(`
  query Returns($filter: AnalyticsFilter) {
    partnerReturns(filter: $filter, first: 100) {
      asOf partnerCount revenue influencedRevenue investment ropi
      partners { id }
      byType { key partners revenue investment ropi }
      byTier { key partners revenue investment ropi }
      concentration { partners partnersWithRevenue top10Share top20Share gini pareto { partnerShare revenueShare } }
      dilution { eligiblePartners dilutedInvestment investmentThreshold returnThreshold partners { id name type tier investment revenue } }
      notes
    }
  }
`);

export const TierMismatchQuery = graphql(`
  query TierMismatchList($filter: AnalyticsFilter) {
    tierMismatches(filter: $filter) {
      asOf partners matching overTieredRevenue underTieredRevenue overTieredInvestment notes
      overTiered { id name type assignedTier performanceTier steps trailingRevenue investment }
      underTiered { id name type assignedTier performanceTier steps trailingRevenue investment }
    }
  }
`);

// The plan's trailing-12-month total comes with any plan; a 1-dollar plan is the cheapest way to ask for it.
export const InvestmentBaselineQuery = graphql(`
  query InvestmentBaseline($filter: AnalyticsFilter) { investmentPlan(budget: 1, filter: $filter) { currentTotal asOf } }
`);

export const InvestmentPlanQuery = graphql(`
  query InvestmentPlan($budget: Float!, $constraints: InvestmentPlanConstraints, $filter: AnalyticsFilter) {
    investmentPlan(budget: $budget, constraints: $constraints, filter: $filter) {
      asOf historyFrom currentFrom budget currentTotal saturationScale marginalReturn partnersInPlan partnersChanged
      expectedRevenueCurrent expectedRevenuePlanned expectedUplift expectedUpliftShare ippModelVersion ippScoredPartners
      partners { id name type tier currentInvestment currentAtBudget plannedInvestment change expectedRevenueCurrent expectedRevenuePlanned marginalReturn historicalReturn historyRevenue historyWeight ippProbability held }
      moves { from { id name amount } to { id name amount } amount expectedRevenueEffect }
      assumptions notes
    }
  }
`);

export const CombinationsQuery = graphql(`
  query Combinations($size: Int, $outcome: CombinationOutcome, $minSupport: Int, $first: Int, $filter: AnalyticsFilter) {
    valueCombinations(size: $size, outcome: $outcome, minSupport: $minSupport, first: $first, filter: $filter) {
      asOf tested minSupport baselineWinRate baselineAverageWonAmount notes
      combinations {
        members { id name deals won lost winRate lift }
        support won lost winRate winRateInterval { lower upper } averageWonAmount averageDaysToClose
        customers customerRetention liftOverBestMember liftOverBestPair liftOverBaseline pValue qValue significant expectedIncrementalRevenue
      }
    }
  }
`);

export const IntegrationCombinationsQuery = graphql(`
  query IntegrationCombinations($minSupport: Int, $first: Int, $filter: AnalyticsFilter) {
    integrationCombinations(minSupport: $minSupport, first: $first, filter: $filter) {
      asOf tested customers minSupport baselineRetention notes
      combinations {
        members { id name partnerId partnerName users retention }
        support churned retention retentionInterval { lower upper } averageNps liftOverBestMember qValue significant expectedRetainedArr
      }
    }
  }
`);

export const ReferralNetworkQuery = graphql(`
  query ReferralNetworkRanking($maxHops: Int, $first: Int) {
    referralNetwork(maxHops: $maxHops, first: $first) {
      asOf maxHops decay referrers
      ranking { id name partners prospects customers directReferrals depth revenue creditedRevenue }
    }
  }
`);

export const RankingQuery = graphql(`
  query ProspectRanking($filter: ProspectRankingFilter, $weights: BlendWeightsInput, $first: Int, $after: String) {
    prospectRanking(filter: $filter, weights: $weights, first: $first, after: $after) {
      totalCount
      weights { ipp customerOverlap segmentCoverage referralProximity }
      edges { node { id name rank blend ippProbability customerOverlap segmentCoverage referralProximity referralHops servedCustomers modelVersion scoredBy confidence confidenceNote } }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

export const ModelQuery = graphql(`
  query ModelCard {
    modelStatus {
      state message
      shift { trainingPartners prospects flagAbove lowConfidence note features { feature factor usedByProspectModel psi computable note flagged } }
    }
    retrainStatus { state startedAt finishedAt message newVersion newAuc previousAuc }
    model {
      version trainedAt trainer trainerReason labelDefinition snapshotDate features trainSize testSize sha256
      kind scores scoringReason
      prospectLike { description auc aucLow aucHigh difference differenceLow differenceHigh expectedAucRatio }
      partnerModel {
        trainer scores scoringReason features
        metrics { auc aucLow aucHigh }
        prospectLike { auc aucLow aucHigh }
      }
      metrics { auc aucLow aucHigh averagePrecision brier ece threshold precision recall }
      baselines { name description auc aucLow aucHigh difference differenceLow differenceHigh }
      oracle { auc aucLow aucHigh ratio expectedAucRatio prospectExpectedAucRatio }
      liftByDecile { decile lift count }
      calibration { lower upper meanPredicted observedRate count }
      roc { falsePositiveRate truePositiveRate }
    }
  }
`);

export const RetrainStatusQuery = graphql(`
  query RetrainStatus { retrainStatus { state startedAt finishedAt message newVersion newAuc previousAuc } }
`);

export const RetrainMutation = graphql(`
  mutation Retrain { retrainModel { status { state startedAt message } } }
`);

export const ReferralStructureQuery = graphql(`
  query ReferralStructureSummary($first: Int) {
    referralStructure(first: $first) {
      nodes referrals
      influence { id score }
      communities { communityId size partnerIds customers }
      bridges { id score }
    }
  }
`);

export const ReferralGraphQuery = graphql(`
  query ReferralGraph($first: Int, $graphLimit: Int) {
    referralStructure(first: $first, graphLimit: $graphLimit) {
      nodes referrals
      influence { id score }
      communities { communityId size partnerIds customers }
      bridges { id score }
      graph {
        total truncated
        nodes { id kind entityId label prospect community influence betweenness }
        edges { source target on }
      }
    }
  }
`);

export const ReferralReachQuery = graphql(`
  query ReferralReachOf($partnerId: ID!, $maxHops: Int) {
    referralReach(partnerId: $partnerId, maxHops: $maxHops) { id name maxHops partners prospects customers directReferrals depth revenue creditedRevenue }
  }
`);

export const ShortestPathQuery = graphql(`
  query ShortestPathBetween($from: ID!, $to: ID!, $maxHops: Int, $maxDegree: Int, $all: Boolean, $maxPaths: Int) {
    shortestPath(from: $from, to: $to, maxHops: $maxHops, maxDegree: $maxDegree, all: $all, maxPaths: $maxPaths) {
      explanation
      path {
        hops
        nodes { id kind entityId label degree hiddenNeighbours properties { key value } }
        edges { id source target type properties { key value } }
      }
      paths {
        hops
        nodes { id kind entityId label degree hiddenNeighbours properties { key value } }
        edges { id source target type properties { key value } }
      }
    }
  }
`);

export const ChannelConflictsQuery = graphql(`
  query ChannelConflictList($windowDays: Int, $first: Int, $filter: AnalyticsFilter) {
    channelConflicts(windowDays: $windowDays, first: $first, filter: $filter) {
      asOf from windowDays customersWithDeals conflictedCustomers conflictedShare partnerPartner partnerDirect amountAtStake
      protectedSide { deals won lost open amount wonAmount winRate }
      unprotectedSide { deals won lost open amount wonAmount winRate }
      conflicts {
        customerId customerName industry region kind kinds amount
        protection { side partnerId partnerName dealId since stage reason }
        deals { id source amount outcome createdOn closedOn holdsProtection registrations { partnerId partnerName role registeredOn stage qualified } }
      }
      notes
    }
  }
`);

export const ReferralGrowthQuery = graphql(`
  query ReferralGrowthCurve($interval: GrowthInterval, $filter: AnalyticsFilter) {
    referralGrowth(interval: $interval, filter: $filter) {
      asOf interval
      periods {
        start end
        partners { total added referred throughReferrals referredShare throughReferralsShare }
        customers { total added referred throughReferrals referredShare throughReferralsShare }
        revenue { total added referred throughReferrals referredShare throughReferralsShare }
      }
      notes
    }
  }
`);

export const ProspectReachQuery = graphql(`
  query ProspectReachOf($prospectId: ID!, $first: Int) {
    prospectReach(prospectId: $prospectId, first: $first) {
      id name asOf servedCustomers newCustomerCount newCustomerArr
      newCustomers { id name industry region segment arr }
      newSegments { industry region customers }
      newIndustries newRegions notes
    }
  }
`);

export const DealEvidenceQuery = graphql(`
  query DealEvidence($filter: AnalyticsFilter, $selector: EvidenceSelector!, $orderBy: EvidenceOrder, $first: Int, $after: String) {
    dealEvidence(filter: $filter, selector: $selector, orderBy: $orderBy, first: $first, after: $after) {
      asOf from totalCount totalAmount totalValue totalHours won lost medianValue
      edges {
        value hops hours creditedTo { id kind name }
        node { id amount outcome source createdOn closedOn customer { id name } partners { role partner { id name } } }
      }
      partnerEdges { value node { id name type tier region status signedOn } }
      customerEdges { value node { id name industry region segment } creditedTo { id kind name } }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

export const PerformanceDriversQuery = graphql(`
  query PerformanceDriversCard($filter: AnalyticsFilter) {
    performanceDrivers(filter: $filter) {
      asOf partners
      levers {
        lever description reference notes adjustedFor
        groups {
          key reference partners revenuePerPartner wonDealsPerPartner closedDeals winRate coSoldPerPartner integrationUsers
          coSoldPerIntegrationUser
          ratios { outcome raw rawInterval { lower upper } adjusted adjustedInterval { lower upper } strata partnersCompared disagree note }
        }
      }
    }
  }
`);

export const SavedViewsQuery = graphql(`
  query SavedViewList {
    savedViews {
      id name target createdAt updatedAt
      canvas { nodes depth perNodeLimit onlyListed kinds partnerType tier region colour colourProperty sizeProperty layout labelRank
               expandTypes expandDirection groupLeaves openGroups selected pathTo allPaths throughHubs }
      filter { asOf from partnerTypes regions tiers }
    }
  }
`);

export const SaveViewMutation = graphql(`
  mutation SaveCurrentView($input: SaveViewInput!) {
    saveView(input: $input) {
      savedView { id name target updatedAt }
      errors { field message code }
    }
  }
`);

export const DeleteSavedViewMutation = graphql(`
  mutation DeleteOneSavedView($id: ID!) {
    deleteSavedView(input: { id: $id }) { deletedId errors { field message code } }
  }
`);

export const ShortlistQuery = graphql(`
  query TeamShortlist {
    shortlist { prospectId status notes addedBy addedAt updatedBy updatedAt prospect { id name type region } }
  }
`);

export const ShortlistProspectMutation = graphql(`
  mutation ShortlistOne($input: ShortlistInput!) {
    shortlistProspect(input: $input) {
      entry { prospectId status notes addedBy addedAt updatedBy updatedAt prospect { id name type region } }
      errors { field message code }
    }
  }
`);

export const RemoveFromShortlistMutation = graphql(`
  mutation UnshortlistOne($prospectId: ID!) {
    removeFromShortlist(input: { prospectId: $prospectId }) { removedProspectId errors { field message code } }
  }
`);

export const PartnerEconomicsQuery = graphql(`
  query PartnerEconomicsList($filter: AnalyticsFilter, $threshold: Float, $first: Int) {
    partnerEconomics(filter: $filter, threshold: $threshold, first: $first) {
      asOf threshold partnersWithDeals evaluated atRisk atRiskShare notes
      partners { id name type earnings hours hourlyReturn hourlyRate multiple atRisk }
    }
  }
`);

// The display names of stored codes (api/vocabularies.ts): asked once per session.
export const VocabulariesQuery = graphql(`
  query Vocabularies { vocabularies { name values { value label } } }
`);
