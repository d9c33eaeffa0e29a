//! What reps did with each item (from the sync server's reports), as ranking signals.

use serde::{Deserialize, Serialize};

/// Thumbs for one vertical × stage cell (either may be empty = any).
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct CellRating {
    #[serde(default)]
    pub vertical: String,
    #[serde(default)]
    pub stage: String,
    pub up: u32,
    pub down: u32,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct ItemStats {
    pub id: String,
    #[serde(default)]
    pub ratings: Vec<CellRating>,
    /// Inserts in the last 30 days, all reps.
    #[serde(default)]
    pub inserts_30d: u32,
    /// Decided deals the item was inserted in, per vertical × stage cell (docs/outcomes.md).
    #[serde(default)]
    pub wins: Vec<CellWins>,
}

/// Deals won and lost in one vertical × stage cell where the item was inserted, and the cell's
/// own win rate over every deal with content: the prior the item's rate is smoothed toward.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct CellWins {
    pub vertical: String,
    pub stage: String,
    pub won: u32,
    pub lost: u32,
    pub cell_rate: f32,
}

/// Win evidence counts as this many deals at the cell's own rate: three won deals of three
/// move an item a little, thirty of forty a lot.
pub const PRIOR_DEALS: f32 = 10.0;

/// Win evidence for one context: how far the item's smoothed win rate in this cell stands
/// above (or below) the cell's own rate.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct WinSignal {
    pub lift: f32,
    pub won: u32,
}

/// Prior for the Bayesian average: an unrated item counts as this share liked, worth
/// this many votes, so one thumbs-up does not put an item on top.
pub const PRIOR_LIKED: f32 = 0.7;
pub const PRIOR_VOTES: f32 = 5.0;

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct RatingSignal {
    pub score: f32,
    pub up: u32,
    pub votes: u32,
    /// True when the votes are from reps in this vertical and stage.
    pub same_cell: bool,
}

impl ItemStats {
    /// The rating that speaks for this context: the exact cell when it has votes, else the item overall.
    pub fn rating(&self, vertical: Option<&str>, stage: Option<&str>) -> Option<RatingSignal> {
        let cell = self
            .ratings
            .iter()
            .filter(|r| vertical.is_some_and(|v| v == r.vertical) && stage.is_some_and(|s| s == r.stage))
            .fold((0, 0), |(u, d), r| (u + r.up, d + r.down));
        let (up, down, same_cell) = if cell.0 + cell.1 > 0 {
            (cell.0, cell.1, true)
        } else {
            let all = self.ratings.iter().fold((0, 0), |(u, d), r| (u + r.up, d + r.down));
            (all.0, all.1, false)
        };
        let votes = up + down;
        if votes == 0 {
            return None;
        }
        let score = (up as f32 + PRIOR_LIKED * PRIOR_VOTES) / (votes as f32 + PRIOR_VOTES);
        Some(RatingSignal { score, up, votes, same_cell })
    }

    /// Win evidence in exactly this vertical and stage (another cell's deals say little about
    /// this one), smoothed toward the cell's rate; none without decided deals there.
    pub fn wins(&self, vertical: Option<&str>, stage: Option<&str>) -> Option<WinSignal> {
        let (v, s) = (vertical?, stage?);
        let c = self.wins.iter().find(|c| c.vertical == v && c.stage == s)?;
        let decided = c.won + c.lost;
        if decided == 0 || !(0.0..=1.0).contains(&c.cell_rate) {
            return None;
        }
        let smoothed = (c.won as f32 + c.cell_rate * PRIOR_DEALS) / (decided as f32 + PRIOR_DEALS);
        Some(WinSignal { lift: smoothed - c.cell_rate, won: c.won })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_vote_does_not_dominate() {
        let one = ItemStats { id: "a".into(), ratings: vec![CellRating { up: 1, ..Default::default() }], inserts_30d: 0, ..Default::default() };
        let many = ItemStats { id: "b".into(), ratings: vec![CellRating { up: 18, down: 2, ..Default::default() }], inserts_30d: 0, ..Default::default() };
        let (r1, r2) = (one.rating(None, None).unwrap(), many.rating(None, None).unwrap());
        assert!(r1.score < r2.score, "{r1:?} {r2:?}");
        assert!(r1.score > PRIOR_LIKED && r1.score < 0.8);
    }

    #[test]
    fn the_cell_speaks_first() {
        let s = ItemStats {
            id: "a".into(),
            ratings: vec![
                CellRating { vertical: "government".into(), stage: "proposal".into(), up: 0, down: 4 },
                CellRating { vertical: "healthcare".into(), stage: "proposal".into(), up: 30, down: 0 },
            ],
            inserts_30d: 0,
            ..Default::default()
        };
        let gov = s.rating(Some("government"), Some("proposal")).unwrap();
        assert!(gov.same_cell && gov.votes == 4 && gov.score < PRIOR_LIKED);
        let other = s.rating(Some("education"), Some("proposal")).unwrap();
        assert!(!other.same_cell && other.votes == 34);
        assert_eq!(ItemStats::default().rating(None, None), None);
    }

    #[test]
    fn win_evidence_is_smoothed_toward_the_cells_rate_and_speaks_for_its_cell_only() {
        let cell = |won, lost| ItemStats {
            id: "a".into(),
            wins: vec![CellWins { vertical: "government".into(), stage: "proposal".into(), won, lost, cell_rate: 0.3 }],
            ..Default::default()
        };
        let few = cell(2, 0).wins(Some("government"), Some("proposal")).unwrap();
        let many = cell(24, 6).wins(Some("government"), Some("proposal")).unwrap();
        assert!(few.lift > 0.0 && few.lift < 0.15, "two wins are a hint: {few:?}");
        assert!(many.lift > 0.3, "24 of 30 against 30% is evidence: {many:?}");
        assert!(cell(1, 9).wins(Some("government"), Some("proposal")).unwrap().lift < 0.0);
        assert_eq!(cell(24, 6).wins(Some("healthcare"), Some("proposal")), None);
        assert_eq!(cell(24, 6).wins(None, Some("proposal")), None);
        assert_eq!(cell(0, 0).wins(Some("government"), Some("proposal")), None);
    }
}
