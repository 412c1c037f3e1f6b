# Once per release, on any machine with Node: every language's fragments, and the drop-in (cdn/).
npx wsis-components includes site.json --out includes
