/** The console's UI primitives: no domain words, tokens only (see app/globals.css). */
export { Badge, type BadgeProps, type BadgeTone } from "./badge";
export { Button, IconButton, buttonClassName, type ButtonProps, type ButtonSize, type ButtonVariant, type IconButtonProps } from "./button";
export { Checkbox, type CheckboxProps } from "./checkbox";
export { cn } from "./cn";
export { DateInput, type DateInputProps } from "./date-input";
export { ConfirmDialog, Dialog, type ConfirmDialogProps, type DialogProps } from "./dialog";
export { Drawer, type DrawerProps } from "./drawer";
export { EmptyState, type EmptyStateProps } from "./empty-state";
export { ErrorState, type ErrorStateProps } from "./error-state";
export { Field, fieldDescribedBy, type FieldProps } from "./field";
export { Input, Textarea, type InputProps, type TextareaProps } from "./input";
export { Kbd } from "./kbd";
export { Select, type SelectOption, type SelectProps } from "./select";
export { Skeleton, SkeletonRows } from "./skeleton";
export { Spinner, type SpinnerProps } from "./spinner";
export {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeaderCell,
  TableMessageRow,
  TableRow,
  type SortDirection,
  type TableCellProps,
  type TableHeaderCellProps,
  type TableProps,
  type TableRowProps,
} from "./table";
export { TabLinks, TabPanel, Tabs, type TabItem, type TabLinkItem, type TabsProps } from "./tabs";
export { ToastProvider, useToast, type ToastApi, type ToastInput, type ToastTone } from "./toast";
export { Tooltip, type TooltipProps } from "./tooltip";
