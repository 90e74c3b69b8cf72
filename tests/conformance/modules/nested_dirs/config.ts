// Configuration shared by modules in subdirectories.
export const SEP = "::";
