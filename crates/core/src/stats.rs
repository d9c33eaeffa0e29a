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
        let cell = self.ratings.iter().filter(|r| vertical.is_some_and(|v| v == r.vertical) && stage.is_some_and(|s| s == r.stage)).fold((0, 0), |(u, d), r| (u + r.up, d + r.down));
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
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_vote_does_not_dominate() {
        let one = ItemStats { id: "a".into(), ratings: vec![CellRating { up: 1, ..Default::default() }], inserts_30d: 0 };
        let many = ItemStats { id: "b".into(), ratings: vec![CellRating { up: 18, down: 2, ..Default::default() }], inserts_30d: 0 };
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
        };
        let gov = s.rating(Some("government"), Some("proposal")).unwrap();
        assert!(gov.same_cell && gov.votes == 4 && gov.score < PRIOR_LIKED);
        let other = s.rating(Some("education"), Some("proposal")).unwrap();
        assert!(!other.same_cell && other.votes == 34);
        assert_eq!(ItemStats::default().rating(None, None), None);
    }
}
