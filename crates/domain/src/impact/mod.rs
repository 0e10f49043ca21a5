//! The impact model (issue 9, in progress): so far the optional value calculation ([`value`]),
//! computed exactly as the SROI guide does.

pub mod value;
