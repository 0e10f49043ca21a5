//! The impact model a practice keeps over time, counting and telling: indicators on the boxes
//! of a theory of change and the values they accept ([`indicator`]), pseudonyms ([`subject`]),
//! spreadsheet reading and safe export ([`sheet`]), the all-or-nothing import check
//! ([`import`]), dashboard figures with the minimum cell size ([`dashboard`]) and their charts
//! ([`chart`]), Goal Attainment Scaling ([`gas`]), stories and MSC rounds ([`story`]), the
//! effect register ([`effect`]) and the optional value calculation ([`value`]), computed exactly
//! as the SROI guide does, with its forms ([`value_input`]); instruments a team builds to score a
//! scale indicator ([`instrument`]).

pub mod chart;
pub mod dashboard;
pub mod effect;
pub mod gas;
pub mod import;
pub mod indicator;
pub mod instrument;
pub mod radar;
pub mod sheet;
pub mod story;
pub mod subject;
pub mod value;
pub mod value_input;
